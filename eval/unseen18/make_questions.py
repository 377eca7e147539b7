import json
Q="liaoting-zuidi-jiaofei-nianxian.txt"; P="marrowfield-pharmacy-outpatient-cover.txt"
rows=[
# Liaoting, answerable, zh
("zh","我爸明年就退休了，他在厂里交了二十来年医保，男的得交满多少年，退休以后才不用再交钱？",["25年"],True,"minimum cumulative years, men",["职工医保累计缴费年限男性满25年"],[],Q),
("zh","我以前在别的城市上班交过医保，现在回蓼汀了，在蓼汀本地自己至少得实打实交够几年？",["10年"],True,"minimum years actually paid in this city (question says 本地/实打实交)",["在我市的实际缴费年限满10年"],[],Q),
("zh","我还差几年，想2027年一次性把钱补上，补一年大概要交多少钱？",["6,908.4元"],True,"cost of one year's back payment at the 2027 base",["每补缴1年应缴纳6,908.4元"],[],Q),
("zh","一次性补缴的钱太多，一下子拿不出来，分期的话最长可以分多少个月还完？",["24个月"],True,"instalment period for back payment",["剩余部分在24个月内按月缴清"],[],Q),
# Liaoting, answerable, en
("en","My mum is retiring this year. How many years of employee medical insurance does a woman need so she doesn't have to keep paying after she retires?",["20年"],True,"minimum cumulative years, women",["女性满20年"],[],Q),
("en","The insurance office just gave me the payment notice for my back payment. How many working days do I have to pay it?",["20个工作日"],True,"deadline to pay after receiving the payment notice",["应在收到缴费通知书之日起20个工作日内足额缴费"],[],Q),
("en","My dad worked at a state-owned factory for years before the city's scheme started in 2001. What's the most of those years that can count towards his contribution years?",["8年"],True,"cap on deemed contribution years (pre-2001 continuous service)",["视同缴费年限最多计算8年"],[],Q),
("en","My uncle paid off 7 missing years in one go. Does he have to wait before he gets retiree cover, and how long?",["6个月"],True,"waiting period after a back payment of 5 years or more",["自补缴费用到账之日起设置6个月待遇等待期"],[],Q),
# Marrowfield, answerable, en
("en","I'm still working. How much do I have to spend myself each year before the pharmacy cover kicks in?",["400 yuan"],True,"deductible, in-work employees",["400 yuan for in-work employees"],[],P),
("en","Got an e-script from the hospital on Monday. How long is my script good for at the pharmacy?",["5 days"],True,"prescription validity",["A prescription is valid for 5 days from the date of issue"],[],P),
("en","My mum's retired. What's the most she can get back in a year for drugs from the pharmacy?",["3,000 yuan"],True,"annual cap, retirees",["3,000 yuan for retirees"],[],P),
("en","The pharmacy's system was down so I paid full price. How long have I got to claim the money back?",["60 days"],True,"manual claim deadline after a system failure",["within 60 days of the purchase"],[],P),
# Marrowfield, answerable, zh
("zh","我爸已经退休了，拿医院开的处方去药店买药，过了起付线以后医保能报百分之几？",["70%"],True,"pharmacy pooling ratio, retirees",["70% for retirees"],[],P),
("zh","我开了家药店，想申请门诊统筹定点，每天至少要营业多长时间？",["12 hours"],True,"minimum daily opening hours for a designated pharmacy (clerk/pharmacy-owner question)",["be open at least 12 hours a day"],[],P),
("zh","我交的是城乡居民医保，在药店拿处方买药，一年最多能报多少钱？",["600 yuan"],True,"annual cap, residents",["600 yuan for residents"],[],P),
("zh","全州现在有多少家药店可以走门诊统筹买药？",["146"],True,"number of designated pharmacies in the first batch",["146 retail pharmacies"],[],P),
# near misses, Liaoting
("zh","我是打零工的，以灵活就业身份交的职工医保，男的，要交满多少年退休以后才不用再交？",[],False,"flexible workers' minimum years to be set separately; tempting 25年 which is for men in general",[],[],Q),
("zh","我爸当过12年兵，军龄能算多少年医保缴费年限？",[],False,"military service follows national and provincial rules, no figure; tempting 8年 which is the cap on pre-2001 deemed years",[],[],Q),
("en","I'm planning to do the one-off back payment in 2028. What monthly base will they use that year?",[],False,"2028 and later base to be published later; tempting 6,060元 (2027) or 5,880元 (late 2026)",[],[],Q),
("en","I worked 9 years in another province before moving here. How many of those years count as years paid in this city?",[],False,"out-of-province transfers follow provincial rules; tempting 4年 or 50% which are for transfers from within the province",[],[],Q),
("zh","我妈之前交了8年城乡居民医保，现在转成职工医保，能折算成几年职工医保缴费年限？",[],False,"resident-scheme years follow provincial rules; tempting 50% / 4年 (in-province transfer) or 8年 (deemed-years cap)",[],[],Q),
# near misses, Marrowfield
("en","I'm a working employee and I order my prescription from an online pharmacy that delivers to my home. What percentage does the pool cover?",[],False,"online pharmacy ratio set separately; tempting 60% which is for in-work employees at physical designated pharmacies",[],[],P),
("zh","我女儿得了罕见病，在定点药店拿处方买药，一年医保最多能报多少钱？",[],False,"rare-disease drug caps set separately; tempting 600 yuan (residents), 2,000 yuan or 3,000 yuan (employees)",[],[],P),
("en","I'm insured in the next prefecture over but I live in Marrowfield. What percentage do I get back at a Marrowfield pharmacy?",[],False,"other-prefecture insured follow provincial cross-region rules; tempting 60% / 70% / 50% (local ratios)",[],[],P),
("zh","医生给我开了中药饮片，拿到药店去抓药，一张方子最多能开几天的量？",[],False,"TCM decoction pieces to be announced separately; tempting 7 days (acute) or 12 weeks (chronic)",[],[],P),
("en","My dad is retired and diabetic. He buys blood sugar test strips at the pharmacy. What percentage does insurance pay for the strips?",[],False,"medical consumables such as test strips set separately; tempting 70% which is the retirees' drug ratio",[],[],P),
# follow-ups
("zh","那后面每个月最少交多少？",["1,000元"],True,"follow-up: minimum monthly instalment",["每月缴纳金额不低于1,000元"],["补缴的钱分期交的话，第一期最少要交多少？"],Q),
("en","And how long do they lose direct settlement at the hospital?",["12个月"],True,"follow-up: settlement suspension for faking work records",["暂停其医疗费用联网结算12个月"],["If someone fakes their work records to get their years recognised, how big is the fine?"],Q),
("en","And after that, what share do I get back?",["50%"],True,"follow-up: pharmacy pooling ratio, residents",["50% for residents"],["I'm on the resident scheme. How much do I pay myself each year before the pharmacy cover starts?"],P),
("zh","那要是高血压这种长期吃的药呢？",["12 weeks"],True,"follow-up: maximum supply per prescription, chronic conditions",["may cover up to 12 weeks' supply"],["感冒发烧去药店拿药，一张处方最多能开几天的药？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r18-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
