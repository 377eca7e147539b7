import json
Q="daxuesheng-canbao-daiyu.txt"; P="hollisgate-transplant-antirejection-cover.txt"
rows=[
# Yunyi student scheme, answerable, zh
("zh","我儿子刚考上筠漪这边的大学，学校通知要交医保，我们家长自己一年得掏多少钱？",["260元"],True,"individual contribution per student per year",["大学生个人缴费标准为每人每年260元"],[],Q),
("zh","我女儿在筠漪读大二，放暑假回外省老家住院了，走之前在网上备过案，报销比例比在学校那边低多少？",["10个百分点"],True,"reduction of the inpatient ratio for out-of-city stays with a filing (holiday)",["已备案的，异地住院基金支付比例在本市同级医疗机构比例基础上降低10个百分点"],[],Q),
("zh","我在学校旁边的三甲医院住了一个礼拜院，花了一万多，学生医保能给报百分之几？",["70%"],True,"inpatient ratio at tertiary hospitals",["三级定点医疗机构70%"],[],Q),
("zh","我上个月住院出院的时候没能直接结算，自己垫的钱，最晚多久之内要去申请报销？",["6个月"],True,"deadline for a manual claim",["应在出院或就诊之日起6个月内"],[],Q),
# Yunyi student scheme, answerable, en
("en","My son pays his share of the student medical insurance. How much does the government put in for him each year on top of that?",["680元"],True,"government subsidy per student per year",["标准为每人每年680元"],[],Q),
("en","I'm a second-year student and I saw the doctor at the campus clinic for a bad cold. What percentage does the insurance pay there?",["65%"],True,"campus clinic (校医院) outpatient ratio",["基金支付比例为65%"],[],Q),
("en","My roommate got admitted to a level-2 hospital in town. How much does he have to pay himself before the student insurance starts paying?",["500元"],True,"inpatient deductible at level-2 hospitals (first stay)",["二级定点医疗机构500元"],[],Q),
("en","My son might need major surgery and the bills could be huge. What's the most the student insurance pays for hospital care in one year?",["25万元"],True,"annual cap of the pooling fund",["统筹基金年度最高支付限额为25万元"],[],Q),
# Hollisgate transplant cover, answerable, en
("en","I had a kidney transplant two years ago and I've retired since. What share of my anti-rejection pills does the insurance cover?",["90%"],True,"ratio, retirees",["90% for retirees"],[],P),
("en","I'm on the resident scheme and had a heart transplant back in 2023. What's the most it will pay for my anti-rejection drugs this year?",["48,000 yuan"],True,"annual cap from the second year, heart recipients",["48,000 yuan for heart and lung recipients"],[],P),
("en","It's been about 8 months since my transplant and things are stable. How many weeks of tacrolimus can the doctor put on one script now?",["8 weeks"],True,"maximum supply per prescription after the first 6 months",["up to 8 weeks' supply"],[],P),
("en","The hospital couldn't settle my blood test directly so I paid the full amount. How long do I have to send in the claim?",["90 days"],True,"manual claim deadline",["within 90 days of the purchase or test"],[],P),
# Hollisgate transplant cover, answerable, zh
("zh","我妈做肝移植已经三年了，每个月都要吃抗排异的药，医保一年最多给报多少钱？",["40,000 yuan"],True,"annual cap from the second year, liver recipients",["40,000 yuan for liver recipients"],[],P),
("zh","我交的是城乡居民医保，去年换了肾，现在长期吃抗排斥药，能报百分之几？",["70%"],True,"ratio, residents",["70% for residents"],[],P),
("zh","我开药店的，想申请做抗排异药的定点药店，每种药至少要备多少天的库存？",["30 days"],True,"minimum stock a designated pharmacy must keep (pharmacy-owner question)",["at least 30 days' supply of each covered drug"],[],P),
("zh","全州现在有几家医院能登记办理移植后抗排异药的报销？",["5"],True,"number of designated hospitals in the first batch",["5 designated hospitals"],[],P),
# near misses, Yunyi student scheme
("zh","我是来筠漪读书的外国留学生，在学校参加医保的话，自己一年要交多少钱？",[],False,"international students' contribution set separately (另行制定); tempting 260元 which is the domestic students' share",[],[],Q),
("en","My daughter has been seeing the counsellor at the campus clinic for anxiety. What percentage of the counselling fees does the student insurance cover?",[],False,"campus-clinic psychological counselling to be set separately; tempting 65% which is the campus clinic outpatient ratio",[],[],Q),
("zh","我下学期去国外交换半年，在国外住院的话，学生医保能报多少，比例要打折吗？",[],False,"costs while on exchange abroad (境外) to be set separately; tempting 降低10个百分点 / 降低20个百分点 (out-of-city in China) or 70%",[],[],Q),
("en","Our family is poor but we're not on the minimum living allowance. How much of my son's student insurance contribution will be paid for us?",[],False,"help for other low-income students is decided by each school (由学校自行确定); tempting 260元 (full contribution, for 低保/特困 students only)",[],[],Q),
("zh","我住院花了十几万，学生医保报完以后剩下的，大病保险的起付线是多少？",[],False,"critical illness insurance follows existing resident rules, no figure; tempting 900元 (tertiary inpatient deductible) or 25万元 (annual cap)",[],[],Q),
# near misses, Hollisgate transplant cover
("en","I had a cornea transplant last year and I'm still working. What percentage of my anti-rejection eye drops and pills does the insurance cover?",[],False,"cornea transplant arrangements set separately; tempting 85% which is the in-work employees' ratio for kidney/liver/heart/lung recipients",[],[],P),
("zh","我姐姐给我捐了一个肾，她自己住院做手术的费用医保能报百分之几？",[],False,"living donors' medical costs handled under separate arrangements; tempting 85% / 90% / 70% (recipients' drug ratios)",[],[],P),
("en","I had my liver transplant done overseas and came back to Hollisgate. What's the yearly cap on my anti-rejection drugs?",[],False,"transplants performed abroad are under rules to be issued separately; tempting 60,000 yuan or 40,000 yuan (liver, second year on)",[],[],P),
("zh","医生说有一种国内刚批的新抗排异药效果更好，不在目录里的那种，我是退休职工，能报百分之几？",[],False,"new drugs not on the list are not covered for now and inclusion is decided separately, no figure; tempting 90% which is the retirees' ratio for listed drugs",[],[],P),
("en","I live in the countryside and take the train to the transplant hospital for every check-up. How much of the train fare can I claim back each trip?",[],False,"travel and accommodation costs are not covered, no figure; tempting 120 yuan (per blood drug level test) or 90 days (claim deadline)",[],[],P),
# follow-ups
("zh","那要是去学校外面的社区医院看门诊呢，能报百分之几？",["50%"],True,"follow-up: outpatient ratio at off-campus primary facilities",["学生在校外定点基层医疗机构发生的普通门诊费用，基金支付比例为50%"],["我在学校医务室看病拿药，一年最多能报多少钱？"],Q),
("en","And if she finds a job during that time, how long does she have to get onto the employee insurance?",["60日"],True,"follow-up: deadline to join employee insurance after finding a job in the grace period",["应当自就业之日起60日内参加职工医保"],["My daughter graduates this summer and hasn't found a job yet. Until when is she still covered by the student insurance?"],Q),
("en","And what's the most it will pay in this first year?",["60,000 yuan"],True,"follow-up: annual cap in the first year after the transplant",["60,000 yuan in the first year after the transplant"],["I had a liver transplant three months ago and I'm still working. What share of the anti-rejection pills will the insurance pay?"],P),
("zh","那一年最多能测几次？",["6 tests"],True,"follow-up: maximum blood drug level tests a year after the first year",["up to 6 tests a year thereafter"],["我爸肾移植两年了，每隔一阵要去医院抽血测药物浓度，测一次医保给多少钱？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r23-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
