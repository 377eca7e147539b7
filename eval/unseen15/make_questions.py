import json
Y="yuanxi-shuangtongdao-tanpanyao.txt"; C="corrin-bay-mental-health-care.txt"
rows=[
# Yuanxi, answerable, zh
("zh","我爸在医院开了谈判药的电子处方，想过几天再去药店拿，这个处方几天内有效？",["5天"],True,"electronic prescription validity at a dual-channel pharmacy",["电子处方自开具之日起5天内有效"],[],Y),
("zh","我是居民医保，拿着医院的处方去双通道药店买靶向药，医保给报百分之几？",["60%"],True,"resident scheme ratio at a dual-channel pharmacy (question says 靶向药/报百分之几)",["在双通道药店购药的，统筹基金支付60%"],[],Y),
("zh","医生帮我把用谈判药的申请交上去了，医保那边几个工作日能审完？",["7个工作日"],True,"insurance agency's review time for the treatment recognition",["医保经办机构自收到申请之日起7个工作日内完成审核"],[],Y),
("zh","我们药店想申请做双通道药店，店里至少得有几个执业药师？",["2名"],True,"minimum number of licensed pharmacists at a dual-channel pharmacy (clerk's question)",["配备执业药师不少于2名"],[],Y),
# Yuanxi, answerable, en
("en","My mum is on the employee scheme and needs one of those nationally negotiated cancer drugs. How much does she have to pay herself each year before insurance starts paying?",["600元"],True,"annual deductible for negotiated drugs, employee scheme",["职工医保参保人员起付标准为600元"],[],Y),
("en","I run a pharmacy that's on the dual-channel list. When a new drug gets added to the dual-channel list, how many days do we have to get it on the shelves?",["15日"],True,"deadline for a dual-channel pharmacy to first stock a newly listed drug",["双通道药店应在谈判药品纳入“双通道”管理目录公布之日起15日内完成首次配备"],[],Y),
("en","I took my e-prescription to a dual-channel pharmacy but they'd run out of the drug. How long do they have to get it in for me?",["48小时"],True,"time to obtain an out-of-stock drug for a patient",["双通道药店应在48小时内调配到位"],[],Y),
("en","My dad got approved to get his negotiated drug covered. How long does the approval last before he has to renew it?",["12个月"],True,"validity of the treatment recognition",["用药待遇认定有效期为12个月"],[],Y),
# Corrin Bay, answerable, en
("en","My husband's on the employee scheme and he's been admitted to the psych ward. Once the yearly deductible is paid, what percent of the daily charge does insurance cover?",["85%"],True,"inpatient bed-day ratio, employees (question says psych ward/daily charge)",["the fund pays 85% of the bed-day payment for employees"],[],C),
("en","My daughter goes to the day programme at the mental hospital and comes home every evening. How many days a month will insurance pay for?",["20 attended days"],True,"day-hospital monthly day limit (question says day programme)",["The fund pays for at most 20 attended days per month"],[],C),
("en","Dad has been in the psychiatric hospital for ages. After how many days in a row does the hospital have to ask the insurance people to review his stay?",["90 consecutive bed-days"],True,"threshold for long-stay review",["A stay that reaches 90 consecutive bed-days is subject to long-stay review"],[],C),
("en","The insurance centre turned down my claim and I think they got it wrong. How long have I got to ask for it to be looked at again?",["60 days"],True,"deadline to ask for a review",["may ask the Bureau for a review within 60 days after receiving the decision"],[],C),
# Corrin Bay, answerable, zh
("zh","我弟弟精神分裂症，社区医生定期来随访，医保一年最多管几次？",["12 follow-up visits"],True,"annual limit on community follow-up visits",["The fund pays for at most 12 follow-up visits per patient per year"],[],C),
("zh","我是城乡居民医保，有双相情感障碍，一年在门诊拿精神科的药医保最多报多少钱？",["8,000 yuan"],True,"annual outpatient medicine cap, residents",["8,000 yuan for residents"],[],C),
("zh","我妈住在三级精神病医院，医保一天按多少钱给医院算？",["420 yuan"],True,"bed-day rate, tertiary hospitals",["420 yuan per bed-day at tertiary hospitals"],[],C),
("zh","帮家里人申请严重精神障碍门诊用药认定，材料交上去后多少个工作日出结果？",["10 working days"],True,"certification decision time",["The Centre decides within 10 working days"],[],C),
# near misses, Yuanxi
("zh","我是沅西的职工医保，退休后异地安置到外省了，在当地的双通道药店买谈判药能报多少？",[],False,"ratio for 异地安置/异地长期居住 patients left to the provincial bureau; tempting 75% (employees at a dual-channel pharmacy) or 80% (employees at a hospital)",[],[],Y),
("en","A new negotiated drug is being added to the national list in 2028. I'm on the employee scheme. What percentage will insurance pay for it at a dual-channel pharmacy?",[],False,"drugs newly listed from 2028 to be announced later; tempting 75% (employees at a dual-channel pharmacy)",[],[],Y),
("zh","我已经办了门诊慢特病，现在又要用双通道的谈判药，谈判药这块的起付线是多少？",[],False,"deductible coordination with 门诊慢特病 to be set later; tempting 600元 (employees) or 900元 (residents)",[],[],Y),
("en","I got my prescription from an online hospital through an app. How many days is it valid at a dual-channel pharmacy?",[],False,"internet-hospital prescriptions and their validity left to later rules (not settled at pharmacies for now); tempting 5天 (ordinary electronic prescriptions)",[],[],Y),
("zh","我家孩子4岁，交的居民医保，在双通道药店买谈判药医保报百分之几？",[],False,"ratio for children under 6 to be studied separately; tempting 60% (residents at a dual-channel pharmacy)",[],[],Y),
# near misses, Corrin Bay
("en","My brother is in a private psychiatric hospital, not a public one. How much per day does insurance pay the hospital for him?",[],False,"private hospitals' bed-day rates to be negotiated and published separately; tempting 420/330/240 yuan (public hospitals by level)",[],[],C),
("zh","我儿子16岁，在二级医院精神科住院，医保一天按多少钱给医院算？",[],False,"under-18s covered by separate child and adolescent rules, bed-day rates do not apply; tempting 330 yuan (secondary hospitals)",[],[],C),
("en","I'm on the employee scheme and I take antidepressants for depression. What percentage of the cost does insurance pay?",[],False,"depression is not a listed severe disorder, paid under general outpatient pooling rules in another document; tempting 90% (employees, listed severe disorders)",[],[],C),
("zh","我妈是居民医保，在外地（不在本市）的精神病医院住院，医保报百分之几？",[],False,"out-of-prefecture admissions follow provincial rules, no ratio here; tempting 75% (residents, inpatient bed-day)",[],[],C),
("en","I see a psychologist for counselling sessions every week. How much per session does insurance pay?",[],False,"psychotherapy and counselling payment to be decided after further study; tempting 45 yuan (follow-up visit at the centre)",[],[],C),
# follow-ups
("zh","那要是在医院里用呢？",["80%"],True,"follow-up: employees' ratio at a designated hospital",["在定点医疗机构使用的，统筹基金支付80%"],["我是职工医保，拿处方去双通道药店买谈判药，医保报百分之几？"],Y),
("en","And on the residents' scheme?",["10万元"],True,"follow-up: annual cap for negotiated drugs, resident scheme",["城乡居民医保为10万元"],["I'm on the employee scheme. What's the most insurance will pay in a year for these dual-channel negotiated drugs?"],Y),
("en","And if they come to our home instead?",["80 yuan"],True,"follow-up: payment per home visit",["a home visit at 80 yuan per visit"],["The community doctor checks on my sister's schizophrenia at the health centre. How much does insurance pay per visit?"],C),
("zh","那居民医保呢？",["80%"],True,"follow-up: outpatient medicine ratio, residents",["the fund pays 90% for employees and 80% for residents"],["我是职工医保，精神分裂症在门诊拿药，医保报百分之几？"],C),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r15-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
