import json
Q="langao-xueyoubing-menzhen.md"; P="corravale-autism-early-intervention.txt"
rows=[
# Langao (haemophilia), answerable, zh
("zh","我儿子7岁，重型甲型血友病，医生让每周打三次凝血因子预防，一个月医保最多给报多少钱？",["3.2万元"],True,"monthly payment limit, children with severe haemophilia on preventive treatment (table only)",["| 儿童重型（未满18周岁） | 预防治疗 | 36万元 | 3.2万元 |"],[],Q),
("zh","我在厂里上班交的职工医保，血友病在医院打凝血因子，能报百分之几？",["85%"],True,"fund share, employee scheme",["职工医保统筹基金支付85%"],[],Q),
("zh","孩子刚查出血友病，我想学着在家自己给他打针，医院的培训要上够多少学时？",["6学时"],True,"minimum length of home injection training",["培训不少于6学时"],[],Q),
("zh","上个月药店系统坏了，我自己先垫钱买的凝血因子，要在多少天之内拿票去医保报？",["90日"],True,"deadline for a manual claim after paying in full",["参保人员应在费用发生之日起90日内"],[],Q),
# Langao, answerable, en
("en","I'm 35 and have severe haemophilia A, I get regular preventive shots. What's the most insurance will pay for me in a year?",["24万元"],True,"annual payment limit, adults with severe haemophilia on preventive treatment (table only)",["| 成人重型 | 预防治疗 | 24万元 | 2.2万元 |"],[],Q),
("en","My husband has mild haemophilia and only needs a jab when he has a bleed. What's his yearly limit?",["3万元"],True,"annual payment limit, mild haemophilia, on-demand treatment (table only)",["| 轻型（不分年龄） | 按需治疗 | 3万元 | 6,000元 |"],[],Q),
("en","My daughter has haemophilia B and we're on the resident scheme. Do we have to pay something ourselves each year before the cover starts, and how much?",["300元"],True,"annual deductible, resident scheme (none for the employee scheme)",["居民医保设年度起付线300元"],[],Q),
("en","We passed the home injection training. How many weeks of factor can the hospital give us at a time for his preventive treatment?",["4周"],True,"maximum supply per prescription for preventive treatment after training",["单次处方最长可开具4周用量"],[],Q),
# Corravale (autism), answerable, en
("en","My little boy is 4 and was just diagnosed with autism. How many sessions with the speech lady will insurance cover in a year?",["96 sessions"],True,"annual session limit, speech therapy",["Speech therapy: up to 96 sessions per year"],[],P),
("en","We're on the resident scheme. What's the most the fund will pay towards my daughter's therapy in one year?",["24,000 yuan"],True,"annual cap, resident scheme",["24,000 yuan per child under the resident scheme"],[],P),
("en","Our son goes to a Tier B centre near us. How much does insurance count for each session there?",["100 yuan"],True,"reference fee per session, Tier B centres (fee schedule only)",["Tier B rehabilitation centres ..... 100 yuan per session"],[],P),
("en","The centre's card machine was down and I paid out of pocket for a month of sessions. How long have I got to claim the money back?",["60 days"],True,"deadline for a manual claim after a system failure",["claim the fund share within 60 days of the session"],[],P),
# Corravale, answerable, zh
("zh","我儿子在康复机构做行为训练（就是ABA那种），每次要上够多长时间医保才算一次？",["60 minutes"],True,"minimum session length, applied behaviour therapy",["Applied behaviour therapy: up to 160 sessions per year, each lasting at least 60 minutes"],[],P),
("zh","孩子跟着我上的是职工医保，自闭症康复训练的钱医保给报百分之几？",["80%"],True,"fund share, employee scheme",["the employee scheme pooling fund pays 80%"],[],P),
("zh","我们当家长的去上康复机构的家长培训课，一年能领多少补贴？",["800 yuan"],True,"parent training allowance per child per year",["a parent training allowance of 800 yuan per child per year"],[],P),
("zh","孩子一直在做康复训练，医院隔多长时间要给他重新评估一次？",["6 months"],True,"reassessment interval",["The child shall be reassessed every 6 months"],[],P),
# near misses, Langao
("zh","我女儿是血管性血友病，也要打凝血因子，一年医保最多能报多少？",[],False,"von Willebrand disease: cover and limits to be set separately (另行制定); tempting 36万元 (children, severe) or 8万元 / 3万元 (moderate / mild haemophilia A and B)",[],[],Q),
("zh","我儿子体内产生了抑制物，医生说要做免疫耐受诱导治疗，这个治疗一年医保限额是多少？",[],False,"immune tolerance induction: payment policy set separately (另行制定); tempting 36万元 (children, severe, preventive) or 每次手术5万元 (peri-operative)",[],[],Q),
("zh","我是职工医保，医生建议我改用艾美赛珠单抗，就是皮下打的那种，医保能报百分之几？",[],False,"emicizumab and other non-factor drugs: payment standard and share set separately; tempting 85% which is the employee-scheme share for clotting factor",[],[],Q),
("en","My son will still be under 18 in 2028. What will the yearly limit for his preventive treatment be that year?",[],False,"limits from 2028 to be published separately (另行公布); tempting 36万元 which applies to costs up to 2027-12-31",[],[],Q),
("en","I'm insured in Langao but I work in another province now and get my factor shots at a hospital there. What percentage does the employee scheme pay?",[],False,"treatment elsewhere follows the province's existing cross-region rules; tempting 85% (local employee-scheme share)",[],[],Q),
# near misses, Corravale
("en","My son turns 7 next month. How many speech therapy sessions a year will he get after his birthday?",[],False,"children aged 7 and over: cover set separately; tempting 96 sessions which is for children aged 2 to 6",[],[],P),
("en","Our Tier A centre also does music therapy. How much per session does insurance count for that?",[],False,"music therapy not covered, to be set separately; tempting 130 yuan which is the Tier A fee for speech, occupational and behaviour therapy",[],[],P),
("en","We're thinking of putting our daughter in a full-time residential programme. What's the most the fund pays for that in a year?",[],False,"residential programmes: standards set separately; tempting 24,000 yuan (resident scheme) or 30,000 yuan (employee scheme) annual caps",[],[],P),
("zh","到了2028年，居民医保的孩子一年做自闭症康复最多能报多少钱？",[],False,"standards from 2028 announced separately; tempting 24,000 yuan which applies until 31 December 2027",[],[],P),
("zh","我们的医保是在隔壁州交的，孩子在Corravale这边的康复中心做训练，居民医保能报百分之几？",[],False,"children insured in another prefecture follow provincial cross-region rules; tempting 70% (local resident-scheme share)",[],[],P),
# follow-ups
("zh","那一个月最多呢？",["1.2万元"],True,"follow-up: monthly payment limit, moderate haemophilia (table only)",["| 中型（不分年龄） | 按需治疗 | 8万元 | 1.2万元 |"],["我儿子是中型血友病，出血的时候才打针，一年医保最多报多少？"],Q),
("en","And how long do they lose insurance settlement?",["6个月"],True,"follow-up: settlement suspension for providers that fake treatment or swap drugs",["暂停其血友病门诊费用医保结算6个月"],["If a hospital is caught billing for clotting factor it never gave, how big is the fine?"],Q),
("en","And the behaviour therapy?",["160 sessions"],True,"follow-up: annual session limit, applied behaviour therapy",["Applied behaviour therapy: up to 160 sessions per year"],["My daughter is 5 and does occupational therapy. How many OT sessions a year does insurance cover?"],P),
("zh","那社区康复站呢？",["70 yuan"],True,"follow-up: reference fee per session, community rehabilitation stations (fee schedule only)",["Community rehabilitation stations ..... 70 yuan per session"],["孩子在一级（Tier A）康复中心做言语训练，医保按每次多少钱算？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r36-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
