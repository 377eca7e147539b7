import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
Q="xinsheng-yinger-canbao-daiyu.txt"; P="harrowmere-palliative-hospice-cover.txt"
rows=[
# Jiaozhu newborn notice, answerable, zh
("zh","我家宝宝上周刚出生，最晚得在多少天以内给他把医保办上，才能从出生那天起就报销？",["90日"],True,"registration deadline for cover from the date of birth",["新生儿应当在出生之日起90日内办理参保登记"],[],Q),
("zh","我们在县里的二级医院生的，宝宝黄疸住进了新生儿科，医保报之前自己得先掏多少钱？",["400元"],True,"neonatal ward deductible at a secondary (二级) hospital; term baby with jaundice, so the premature-infant waiver does not apply",["二级定点医疗机构400元"],[],Q),
("zh","孩子今年刚出生就查出毛病，前前后后住了好几次院，今年医保最多一共能给报多少？",["30万元"],True,"annual fund cap in the birth year (20万元 applies from the next year)",["新生儿出生当年度居民医保统筹基金最高支付限额为30万元"],[],Q),
("zh","我们家忙忘了，宝宝快5个月了才去给她办医保，办完以后要等多久才能开始报？",["30天"],True,"waiting period for enrolment after 90 days but before age 1",["自缴费之日起设置30天待遇等待期"],[],Q),
# Jiaozhu newborn notice, answerable, en
("en","My daughter was born at 30 weeks and weighed just 1,400 grams, she's in the neonatal ward. How much extra does insurance cover for a baby born that early, on top of the normal rate?",["5个百分点"],True,"ratio uplift for babies under 32 weeks or under 1,500 grams",["统筹基金支付比例在本通知第四条规定比例的基础上提高5个百分点"],[],Q),
("en","Our son is in the NICU and the bed charge is more than the insurance covers. How much a day will insurance pay for the NICU bed?",["260元"],True,"NICU bed-day charge ceiling",["新生儿重症监护病房床位费按每床日不超过260元纳入基金支付范围"],[],Q),
("en","We hadn't signed the baby up yet, so we paid the hospital bill ourselves. How long after he came home from hospital do we have to put in the claim?",["180日"],True,"deadline for a manual claim after discharge",["应当自出院之日起180日内向参保地医保经办机构申请手工报销"],[],Q),
("en","They did the heel-prick blood test on my newborn to check for metabolic diseases. How much of that does the insurance pay?",["120元"],True,"metabolic disease screening, paid in full up to this amount",["每例按不超过120元由统筹基金全额支付"],[],Q),
# Harrowmere hospice notice, answerable, en
("en","My mum has terminal cancer and she's just been moved into the hospice ward at a big tertiary hospital. How much a day does the insurance pay the hospital for her?",["560 yuan"],True,"inpatient hospice bed-day rate, tertiary hospitals",["560 yuan at tertiary hospitals"],[],P),
("en","A nurse comes to the house to look after my dad now he's on home hospice. How many visits a month will the insurance cover?",["8 visits"],True,"maximum home hospice visits per month",["up to 8 visits per month in total for each patient"],[],P),
("en","My dad is retired and on the employee scheme, and he's in a hospice ward now. What share of the bill do we get back?",["90%"],True,"hospice reimbursement ratio, retirees",["90% for retirees"],[],P),
("en","My husband died in the hospice last month. Their system was down so we paid the whole bill ourselves. How long do we have to claim the money back?",["90 days"],True,"manual claim deadline after discharge or death",["within 90 days of discharge or death"],[],P),
# Harrowmere hospice notice, answerable, zh
("zh","我爸肺癌晚期，想住安宁病房走医保，医生得判断他大概还剩多长时间才行？",["6 months"],True,"expected survival threshold for eligibility",["assess the expected survival as 6 months or less"],[],P),
("zh","我妈交的是城乡居民医保，住安宁病房的话，一年医保最多能给报多少钱？",["50,000 yuan"],True,"annual hospice limit, residents",["50,000 yuan for residents"],[],P),
("zh","护士到家里来给我妈打针、换药，医保每次给多少钱？",["120 yuan"],True,"home hospice payment per nurse visit",["120 yuan per nurse visit"],[],P),
("zh","我们是乡镇卫生院，想申请安宁疗护定点，病房里最少得有几张专用床位？",["4 beds"],True,"minimum hospice beds for community and township health centres (operator question)",["need at least 4 beds"],[],P),
# near misses, Jiaozhu newborn notice
("zh","宝宝一岁半了才想起来给他办医保，办完以后要等多少天才能报销？",[],False,"enrolment after age 1 follows the existing rules for out-of-period enrolment, no figure; tempting 30天 which is the waiting period for enrolment between 90 days and age 1",[],[],Q),
("en","We'd like the deafness gene test done for our newborn. How much does insurance pay for that test?",[],False,"deafness gene screening payment to be set separately (另行制定); tempting 60元 / 90元 (hearing screening) or 120元 (metabolic screening)",[],[],Q),
("zh","我们在外省打工，宝宝在外省生的，也在当地医院住了新生儿科，回来能报百分之几？",[],False,"babies born and hospitalised outside the province follow the provincial cross-province rules, no figure; tempting 70% / 80% / 90% (local neonatal ward ratios)",[],[],Q),
("en","After the birth my baby stayed in the room with me on the maternity ward and had some treatment there. What percentage of the baby's costs does insurance cover?",[],False,"rooming-in (母婴同室) costs are settled with the delivery under the existing maternity rules, no figure; tempting 70% / 80% / 90% (neonatal ward ratios)",[],[],Q),
("zh","宝宝是早产儿，出院后医生说要喝特殊医学用途的早产儿配方奶粉，这个医保能报多少？",[],False,"special medical-purpose formula after discharge to be set separately (另行制定); tempting 5个百分点 or 95% (premature ratio uplift)",[],[],Q),
# near misses, Harrowmere hospice notice
("en","My wife goes to the hospice unit at our secondary hospital during the day and comes home every night. How much a day does the insurance pay for that?",[],False,"day hospice payment set separately; tempting 460 yuan which is the inpatient bed-day rate at secondary hospitals",[],[],P),
("zh","我爸在安宁病房走了，我妈情绪一直很差，医院有哀伤辅导，医保每次给报多少钱？",[],False,"bereavement support for family members under a payment method set separately; tempting 180 yuan / 120 yuan (home visit payments)",[],[],P),
("en","My 12-year-old son has a brain tumour they can't treat. How short does the doctors' life-expectancy estimate have to be for him to get hospice cover?",[],False,"cover for under-18s to be set out in a separate notice; tempting 6 months which is the general adult criterion",[],[],P),
("zh","我奶奶住在养老院里面的安宁病区，医保每天给多少钱？",[],False,"hospice units in elderly care homes follow existing long-term care insurance rules, no figure; tempting 380 yuan (community/township bed-day rate)",[],[],P),
("en","We rent an oxygen machine at home for my mum, who's on home hospice. How much does insurance pay towards the rental each month?",[],False,"home oxygen concentrator rental covered under arrangements set separately; tempting 180 yuan / 120 yuan per visit or 8 visits per month",[],[],P),
# follow-ups
("zh","那第一次没通过，再去复筛一次呢？",["90元"],True,"follow-up: hearing screening re-test payment",["每例分别按不超过60元和90元由统筹基金全额支付"],["宝宝做听力筛查，第一次筛查医保给报多少钱？"],Q),
("en","And how many of those have a NICU?",["7家"],True,"follow-up: designated institutions with a NICU",["其中设有新生儿重症监护病房的7家"],["I work at the city insurance office. How many hospitals in the city have a neonatal ward that's covered by insurance?"],Q),
("en","And once he's been there more than 60 days, what do they pay per day compared with the normal rate?",["90% of the standard rate"],True,"follow-up: bed-day rate from the 61st day",["the fund pays 90% of the standard rate from the 61st day"],["My dad's been in the hospice ward for ages. How long can one stay be paid for before he has to be assessed again?"],P),
("zh","那要是被解除协议了，多少年内不能再申请定点？",["3 years"],True,"follow-up: bar on re-designation after termination",["may not apply for designation again for 3 years"],["安宁病房的医院要是造假评估，被医保局查到了罚多少？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r22-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
