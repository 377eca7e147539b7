import json
Q="qingyuan-rijian-shoushu.txt"; H="harlow-dental-implants.txt"
rows=[
# Qingyuan, answerable, zh
("zh","在三级医院做腹腔镜胆囊切除的日间手术，医保按多少钱包干？",["9800元"],True,"per-procedure fixed payment, tier 3",["腹腔镜胆囊切除术：三级9800元"],[],Q),
("zh","我是城乡居民医保，去二级医院做日间手术能报多少？",["80%"],True,"resident ratio at tier-2 hospital",["二级定点医疗机构支付80%"],[],Q),
("zh","手术前做的检查，提前几天做的能跟手术一起报？",["7日"],True,"pre-op tests window",["在日间手术入院前7日内"],[],Q),
("zh","这个日间手术的新政策哪天开始实行？",["2026年4月1日"],True,"effective date",["本通知自2026年4月1日起施行"],[],Q),
# Qingyuan, answerable, en
("en","I'm on the employee insurance and having day surgery at a top-tier (tier-3) hospital in Qingyuan. What's the deductible?",["600元"],True,"employee deductible tier 3 (halved inpatient deductible)",["职工医保：三级600元"],[],Q),
("en","What's the minimum number of dedicated day-surgery beds a secondary hospital needs before it can do day surgery on insurance?",["10张"],True,"tier-2 hospital condition",["相对固定的日间手术病床不少于10张"],[],Q),
("en","If the doctor keeps me in more than 24 hours after the operation, how much extra does insurance pay per day?",["160元"],True,"per-bed-day supplement",["超出部分按每床日160元标准另行支付"],[],Q),
("en","If a hospital seriously breaks the day-surgery rules, for how long is its insurance billing suspended?",["6个月"],True,"suspension length",["暂停其日间手术医保结算资格6个月"],[],Q),
# Harlow, answerable, en
("en","What's the most a tertiary public hospital can charge in total for one implant?",["4,500 yuan"],True,"all-in cap tertiary",["shall not exceed 4,500 yuan at tertiary public hospitals"],[],H),
("en","How many implants a year can someone on the resident scheme get covered?",["1 implant"],True,"resident yearly number",["for no more than 1 implant per calendar year"],[],H),
("en","The system was down and I paid the whole bill myself. How long do I have to claim the money back?",["90 days"],True,"manual claim deadline",["within 90 days after the crown is placed"],[],H),
("en","When does the implant price policy start?",["1 March 2026"],True,"effective date",["takes effect on 1 March 2026"],[],H),
# Harlow, answerable, zh
("zh","我是上班的职工，在公立医院种一颗牙，医保能报百分之多少？",["50%"],True,"employee ratio at public hospital",["the basic medical insurance fund pays 50% of the eligible cost"],[],H),
("zh","港湾这边种牙的牙冠最多能收多少钱？",["1,100 yuan"],True,"crown cap, all public hospitals",["shall not exceed 1,100 yuan at any public hospital"],[],H),
("zh","刚参加职工医保，要连续交满多久才能报种植牙？",["6 months"],True,"employee waiting period",["Employees must have paid contributions continuously for 6 months"],[],H),
("zh","私人牙科诊所第一批申请加入，截止到哪天？",["30 April 2026"],True,"private clinic first-round deadline",["The first round of applications runs from 1 March 2026 to 30 April 2026"],[],H),
# near misses, Qingyuan
("en","What's the fixed payment for removing a benign breast lump as day surgery at a secondary (tier-2) hospital?",[],False,"only tier-3 figure given (tier-2 to be published separately); tempting 3900元 (tier 3) or other tier-2 amounts",[],[],Q),
("en","If I'm temporarily travelling to another province and have day surgery there, how many points lower is my reimbursement rate?",[],False,"cross-province deferred to national/provincial rules; tempting 10个百分点 which is for in-province temporary travel",[],[],Q),
("zh","白内障两只眼一起做日间手术，三级医院定额是多少？",[],False,"only single-eye (单眼) amount given; tempting 4200元",[],[],Q),
("zh","按这个通知，职工医保一年最多能报多少钱？",[],False,"employee annual max '按现行规定执行', no figure; tempting 25万元 which is for 城乡居民",[],[],Q),
("zh","低保户做日间手术，医疗救助还能再报百分之多少？",[],False,"medical assistance ratio not given; tempting 80%/75% (resident ratios) or 90%",[],[],Q),
# near misses, Harlow
("en","How much can the hospital charge for bone grafting when I get an implant?",[],False,"bone grafting charged per price catalogue, no figure; tempting 600 yuan (surgical guide) or 2,200 yuan (procedure fee)",[],[],H),
("en","I'm on the resident scheme. If I go to a private dental clinic that joined, what percentage does insurance pay?",[],False,"private-clinic ratio given only for employees; tempting 40% (employees, private) or 30% (residents, public)",[],[],H),
("en","What's the all-in price cap for an implant at a community (primary-level) public clinic?",[],False,"primary-level prices in a separate notice; tempting 4,000 yuan (secondary)",[],[],H),
("zh","全口种植牙（全口义齿）最高限价是多少？",[],False,"full-arch dentures out of scope; tempting 4,500 yuan (single implant)",[],[],H),
("zh","我在外地城市种的牙，回港湾能按多少比例报销？",[],False,"out-of-area treatment not covered by notice; tempting 50% (employees at public hospitals)",[],[],H),
# follow-ups
("zh","那城乡居民呢？",["75%"],True,"follow-up: resident ratio at tier-3",["城乡居民医保三级定点医疗机构支付75%"],["职工在三级医院做日间手术，报销比例是多少？"],Q),
("en","And at a tier-2 hospital?",["3600元"],True,"follow-up: cataract fixed payment at tier 2",["白内障超声乳化摘除联合人工晶体植入术（单眼）：三级4200元，二级3600元"],["What's the fixed insurance payment for cataract day surgery at a tier-3 hospital in Qingyuan?"],Q),
("en","And at a secondary one?",["1,800 yuan"],True,"follow-up: procedure fee cap at secondary",["2,200 yuan at tertiary public hospitals and 1,800 yuan at secondary public hospitals"],["What's the cap on the procedure fee for an implant at a tertiary public hospital?"],H),
("zh","那居民呢？",["1,000 yuan"],True,"follow-up: resident annual limit",["up to an annual limit of 1,000 yuan per person"],["职工种植牙每年医保最多报多少钱？"],H),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r11-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
