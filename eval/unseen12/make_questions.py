import json
Q="tanxi-shengyu-jintie.txt"; W="wexmoor-out-of-area-care.txt"
rows=[
# Tanxi, answerable, zh
("zh","我老婆没上班，生孩子能走我的职工医保吗？医疗费按多少报？",["50%"],True,"non-working spouse of an employee: share of the employee standard",["按职工生育医疗费用待遇标准的50%享受生育医疗费用待遇"],[],Q),
("zh","职工医保，在二级医院剖腹产，医保给多少钱？",["4600元"],True,"fixed payment, caesarean at tier 2 (question says 剖腹产, notice says 剖宫产)",["二级定点医疗机构：自然分娩2600元，剖宫产4600元"],[],Q),
("zh","单位一直拖着没帮我申请生育津贴，生完孩子多久之内一定要去办？",["12个月"],True,"maternity allowance application deadline",["自职工生育或流产之日起12个月内"],[],Q),
("zh","宝宝刚出生，最晚多少天内给他办好居民医保，才能从出生那天就开始报？",["90日"],True,"newborn enrolment window",["新生儿在出生之日起90日内办理城乡居民基本医疗保险参保登记"],[],Q),
# Tanxi, answerable, en
("en","I'm a salaried employee in Tanxi and just had one baby, a normal delivery, no complications. For how many days is my maternity allowance paid?",["98天"],True,"allowance days, normal birth",["正常生育的，98天"],[],Q),
("en","I'm self-employed and pay into the employee health insurance on my own. Is there some one-off payment when I have a baby, and how much is it?",["2000元"],True,"flexible workers' one-off birth grant",["可申领一次性生育补助2000元"],[],Q),
("en","I do HR at a small firm where pay is quite low. When the maternity allowance is worked out, what's the minimum wage base, as a percentage of the city-wide average wage?",["60%"],True,"floor for the employer average wage",["低于上年度全市城镇单位就业人员月平均工资60%的，按60%计算"],[],Q),
("en","Once the insurance office pays an employee's maternity allowance into our company account, how many working days do we have to pass it on to her?",["5个工作日"],True,"employer pass-on deadline",["在收到之日起5个工作日内足额转付给职工本人"],[],Q),
# Wexmoor, answerable, en
("en","My mum retired and moved in with my sister in another city. How many times a year can she switch the place she's registered to?",["2 times"],True,"long-term residents: changes of registered place per year",["no more than 2 times per calendar year"],[],W),
("en","The hospital here referred me to a big hospital in another province. How much lower will my reimbursement rate be?",["5 percentage points"],True,"cross-province ratio reduction, referred patients",["referred patients: lowered by 5 percentage points"],[],W),
("en","I filed my out-of-town registration at the service counter instead of on the app. How long until it gets approved?",["2 working days"],True,"counter registration approval time",["counter registrations are approved within 2 working days"],[],W),
("en","If I end up back in hospital for the same problem shortly after getting out, how soon does that have to be so I don't pay the deductible twice?",["15 days"],True,"readmission window exempt from a second deductible",["A second admission within 15 days of discharge for the same illness is exempt from a second deductible"],[],W),
# Wexmoor, answerable, zh
("zh","我是职工医保，临时去外省看病，在那边三级医院住院，起付线要多少？",["1,500 yuan"],True,"temporary patient, cross-province, employee, tertiary deductible",["1,500 yuan at tertiary hospitals and 1,000 yuan at secondary hospitals for employees"],[],W),
("zh","在外地住院没能直接结算，回来手工报销的话，出院后多长时间内要把材料交上去？",["6 months"],True,"inpatient manual claim deadline",["Inpatient claims must be submitted within 6 months after discharge"],[],W),
("zh","孩子在外地上大学，按长期异地备案的，毕业以后备案多久会自动失效？",["3 months"],True,"students' registration lapse after graduation",["Their registration lapses automatically 3 months after graduation"],[],W),
("zh","临时外出看病办的那个备案，办一次能管多少天？",["180 days"],True,"temporary registration validity",["A temporary registration is valid for 180 days"],[],W),
# near misses, Tanxi
("en","What's the fixed insurance payment for a C-section at a primary-level (tier-1) hospital in Tanxi?",[],False,"tier-1 hospitals have only a natural-birth amount; tempting 2000元 (tier-1 natural birth) or 4600元 (tier-2 caesarean)",[],[],Q),
("en","I'm insured in Tanxi but giving birth in another province, and I never filed for out-of-area care. What percentage of the standard fixed amount will I get?",[],False,"cross-province births follow national/provincial rules, no figure; tempting 80% which is for unregistered births elsewhere in the province",[],[],Q),
("zh","做试管婴儿用的促排卵药，医保能报百分之几？",[],False,"ovulation-stimulating drugs left to the provincial drug list; tempting 60% (employees) or 50% (residents) for the 8 ART procedures",[],[],Q),
("zh","我是城乡居民医保，做试管的胚胎移植，医保最多能报几次？",[],False,"resident count to be set later by the bureau; tempting 3次 which is for employees",[],[],Q),
("zh","职工做人工流产手术，医保是按多少钱定额给的？",[],False,"other family-planning operations paid under general rules, no fixed amount; tempting 200元/150元/1200元/800元 (listed operations) or 15天/42天 (allowance days after miscarriage)",[],[],Q),
# near misses, Wexmoor
("en","For someone on the resident scheme, what's the deductible for a hospital stay at a primary-level hospital in another province?",[],False,"cross-province deductibles given only for tertiary and secondary; tempting 800 yuan (residents, secondary)",[],[],W),
("en","My parents are on the resident scheme and live long-term in another city. What percentage of their clinic bills does insurance pay at a primary-level clinic there?",[],False,"outpatient ratios given only for employees (residents only an 800 yuan limit); tempting 60% (employees, primary-level)",[],[],W),
("en","I registered and went to a hospital elsewhere in Calder Province on my own, without a referral. How many points lower is my reimbursement rate?",[],False,"in-province reductions follow provincial rules, no figure; tempting 10 percentage points which is cross-province",[],[],W),
("zh","在外地看门诊没能直接结算，回来手工报销，要在看病后多久之内提交？",[],False,"only the inpatient deadline is given; tempting 6 months (inpatient, after discharge) or 2 years",[],[],W),
("zh","临时外出就医的人，一年最多能改几次备案地？",[],False,"change limit given only for long-term residents; tempting 2 times",[],[],W),
# follow-ups
("zh","那二级医院呢？",["75%"],True,"follow-up: resident childbirth ratio at tier 2",["二级定点医疗机构支付75%"],["我是居民医保，在三级医院生孩子，住院费能报百分之多少？"],Q),
("en","And for someone on the resident scheme?",["50%"],True,"follow-up: resident share of ART procedure costs",["城乡居民参保人员发生的上述项目费用，基金支付50%"],["Does the employee insurance in Tanxi now cover IVF procedures like egg retrieval, and what share does it pay?"],Q),
("en","And for residents?",["300,000 yuan"],True,"follow-up: resident annual inpatient limit",["the resident scheme pays up to 300,000 yuan"],["On the employee scheme, what's the most insurance will pay per year for hospital stays if some of my treatment is out of area?"],W),
("zh","那备案了的临时外出呢？",["10 percentage points"],True,"follow-up: cross-province reduction, registered temporary patients",["other temporary patients who registered: lowered by 10 percentage points"],["去外省住院没办备案，报销比例要降多少？"],W),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r12-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
