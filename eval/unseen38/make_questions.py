import json
Q="hongling-hanjianbing-teyi-shipin.txt"; P="oxbrindle-diabetic-foot-wound-care.md"
rows=[
# Hongling, answerable, zh
("zh","我儿子今年4岁，查出来是甲基丙二酸血症，天天得喝那种特殊奶粉，一年下来医保最多能给报多少？",["3.12万元"],True,"annual cap, organic acidaemia, under 6 (table only)",["有机酸血症｜不满6周岁｜2,600元｜3.12万元"],[],Q),
("zh","我闺女苯丙酮尿症，今年10岁了，特殊奶粉一个月医保最多能报多少钱？",["2,200元"],True,"monthly cap, amino acid disorders, 6 to under 18 (table only)",["氨基酸代谢病｜6周岁至不满18周岁｜2,200元｜2.64万元"],[],Q),
("zh","我们家交的是居民医保，孩子的特医奶粉在定点药店买，能报几成？",["百分之七十"],True,"fund share, resident scheme",["居民医保参保患儿支付百分之七十"],[],Q),
("zh","药店系统坏了，孩子的奶粉钱我自己先垫上了，得在多长时间内去医保局报？",["六个月"],True,"manual claim deadline after paying out of pocket",["应当在购买之日起六个月内向参保地经办机构申请手工报销"],[],Q),
# Hongling, answerable, en
("en","My son has PKU and he's covered through my employee insurance at work. What share of his special formula does the insurance pay?",["百分之八十"],True,"fund share, employee scheme",["职工医保参保患儿支付百分之八十"],[],Q),
("en","How much of the special formula can I buy in one go at the pharmacy so I don't have to keep going back?",["三个月"],True,"maximum quantity per purchase",["每次购买量不超过三个月用量"],[],Q),
("en","We're on dibao (minimum living allowance). After insurance pays for my daughter's formula, how much of what's left does medical assistance cover?",["百分之九十"],True,"medical assistance share for minimum-living-allowance and extremely poor children",["由医疗救助基金按百分之九十的比例给予救助"],[],Q),
("en","I handed in the diagnosis papers for my kid at the insurance office. How long until they tell me if he's approved?",["十个工作日"],True,"review period for benefit recognition",["经办机构应当自受理之日起十个工作日内完成审核"],[],Q),
# Oxbrindle, answerable, en
("en","My dad's on the resident scheme and gets his foot ulcer dressed at the township health centre. What percentage does insurance pay?",["78%"],True,"resident share at township/community clinics (table only)",["| Township health centre or community health service centre | 88% | 78% | 90 yuan |"],[],P),
("en","I'm employed and go to the big hospital's wound centre every few days for my leg ulcer. What's the most insurance will pay for one visit?",["180 yuan"],True,"maximum fund payment per visit at a tertiary wound centre (table only)",["| Tertiary wound centre | 75% | 60% | 180 yuan |"],[],P),
("en","I've got employee insurance and just started going to the wound clinic. How much do I pay myself each year before the insurance starts paying?",["300 yuan"],True,"deductible, employee scheme",["The deductible is 300 yuan a year for employee-scheme members"],[],P),
("en","The doctor put a vacuum pump dressing on my mum's foot. How long can she have it on before insurance stops paying for that round?",["28 days"],True,"negative pressure wound therapy, days per episode",["for up to 28 days per episode"],[],P),
# Oxbrindle, answerable, zh
("zh","我妈交的是居民医保，糖尿病足一直在伤口门诊换药，一年医保最多能报多少？",["6,400 yuan"],True,"annual payment limit, resident scheme",["6,400 yuan for resident-scheme members"],[],P),
("zh","伤口门诊给开的敷料让带回家自己换，一次最多能拿多少天的量？",["30 days"],True,"home dressings supply per dispensing",["up to 30 days' supply each time"],[],P),
("zh","那天医保结算系统出故障，换药的钱我全自己垫了，多久之内去报销还来得及？",["90 days"],True,"claim deadline after a system fault",["within 90 days of the visit"],[],P),
("zh","我爸糖尿病足，医生让配一双减压的治疗鞋，医保最多给报多少钱？",["800 yuan"],True,"fund payment cap for a pair of offloading shoes",["The fund pays up to 800 yuan a pair."],[],P),
# near misses, Hongling
("zh","我儿子苯丙酮尿症，今年刚满19岁，特医奶粉每个月医保能报多少？",[],False,"adult patients (18 and over) set separately (另行制定); tempting 2,200元, the monthly cap for 6 to under 18",[],[],Q),
("zh","我女儿是酪氨酸血症，也要吃特殊奶粉，今年3岁，每个月最多能报多少？",[],False,"酪氨酸血症 payment standards set separately; tempting 1,500元, the monthly cap for amino acid disorders under 6",[],[],Q),
("en","My son has PKU and eats special low-protein rice and flour at home. What share of that does the insurance pay? I'm on the employee scheme.",[],False,"ordinary low-protein foods are not special medical foods and not covered; tempting 百分之八十, the employee-scheme share for formula",[],[],Q),
("zh","我们家是防返贫监测户，孩子的特医奶粉医保报完以后，剩下的医疗救助能给报百分之多少？",[],False,"监测对象 follow existing medical assistance rules, no figure; tempting 百分之九十, the share for 低保/特困",[],[],Q),
("en","We're insured in Hongling but spend the year in another province for work. If we buy my daughter's formula there, what share gets reimbursed?",[],False,"out-of-province purchases follow provincial cross-region rules, no figure; tempting 百分之七十 / 百分之八十 (local shares, also used for in-province purchases)",[],[],Q),
# near misses, Oxbrindle
("en","My dad's leg ulcer is from blocked arteries, not his veins. He's on the employee scheme. What share does insurance pay at the county hospital wound clinic?",[],False,"arterial ulcers set separately; tempting 80%, the employee share at county clinics",[],[],P),
("en","The wound centre suggested hyperbaric oxygen for my diabetic foot. How many sessions or days will insurance pay for in a year?",[],False,"hyperbaric oxygen not covered by these Measures; tempting 28 days / 2 episodes (negative pressure wound therapy) or 3 visits a week",[],[],P),
("zh","我妈糖尿病足，医生建议定做一副专门的鞋垫，医保能报多少钱？",[],False,"custom-moulded insoles set separately; tempting 800 yuan, the cap for a pair of offloading shoes",[],[],P),
("en","My mum can't get out of bed, so a nurse comes to our house to change her pressure sore dressing. What's the most insurance pays per visit?",[],False,"home nursing visits follow existing home medical services rules; tempting 90 yuan (township per-visit cap)",[],[],P),
("zh","我在外地州参保，住在Oxbrindle这边，在这里的伤口门诊换药能报多少比例？",[],False,"persons insured in another prefecture follow provincial cross-region rules; tempting the local shares 75% / 80% / 88% or 60% / 68% / 78%",[],[],P),
# follow-ups
("zh","那家长倒卖的呢？",["12个月"],True,"follow-up: suspension of benefits for parents who resell formula",["暂停其本办法待遇12个月"],["我开的药店是特医食品定点，要是被查出虚构销售，会被暂停结算多久？"],Q),
("en","And per year?",["3.48万元"],True,"follow-up: annual cap, urea cycle disorders (table only)",["尿素循环障碍｜不满18周岁｜2,900元｜3.48万元"],["My daughter is 7 and has a urea cycle disorder. What's the most insurance pays a month for her formula?"],Q),
("en","And at a county hospital?",["80%"],True,"follow-up: employee share at county/secondary wound clinics (table only)",["| County or secondary hospital wound clinic | 80% | 68% | 140 yuan |"],["I'm on the employee scheme and go to the tertiary wound centre. What percentage of each visit does insurance cover?"],P),
("zh","那一年最多能做几次？",["2 episodes"],True,"follow-up: negative pressure wound therapy episodes per year",["no more than 2 episodes in a calendar year"],["医生说要给我爸的伤口上负压吸引，一次最多能用多少天？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r38-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
