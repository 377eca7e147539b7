import json
Q="zhibei-liangbing-menzhen-yongyao.txt"; P="brackenholt-ambulance-transfer-cover.txt"
rows=[
# Zhibei, answerable, zh
("zh","我妈血压高，交的是居民医保，平时在社区卫生服务中心开降压药，医保能报几成？",["60%"],True,"ratio at primary-level institutions (社区卫生服务中心 is 基层)",["统筹基金支付比例为60%"],[],Q),
("zh","我爸有糖尿病，只吃降糖药片，不打胰岛素，一年下来医保最多能给报多少钱？",["600元"],True,"annual cap, diabetes without insulin",["糖尿病患者为600元"],[],Q),
("zh","我血压控制得挺稳的，每个月跑医院太麻烦，开一次降压药最多能拿多久的量？",["12周"],True,"long prescription for stable patients",["单次处方用量最长不超过12周"],[],Q),
("zh","上个月医院系统坏了，买降糖药没能直接报，自己先垫了钱，回头去报销最晚得在多久之内交材料？",["3个月"],True,"deadline for a manual claim after a system failure",["应在费用发生之日起3个月内"],[],Q),
# Zhibei, answerable, en
("en","The doctor says my blood pressure pills are from the bulk-buying (centralised procurement) list. How much extra does insurance pay me for using those?",["5个百分点"],True,"ratio uplift for centralised-procurement winning drugs",["支付比例在上述基础上提高5个百分点"],[],Q),
("en","How many clinics and hospitals in the city can I go to for my cheap diabetes and blood pressure meds?",["213家"],True,"number of designated institutions in the first batch",["首批确定“两病”门诊用药保障定点医疗机构213家"],[],Q),
("en","I handed my receipts for my dad's diabetes medicine in at the insurance office. How long until the money reaches his bank account?",["20个工作日"],True,"payment deadline for a manual claim",["应在受理之日起20个工作日内完成审核"],[],Q),
("en","One of my blood pressure drugs is a Category B drug on the insurance list. What share do I have to pay myself before the reimbursement is worked out?",["10%"],True,"Category B (乙类) self-paid share",["乙类药品先由个人自付10%"],[],Q),
# Brackenholt, answerable, en
("en","My dad collapsed at home and the 120 ambulance took him 40 km to the city hospital. What's the most the insurance will count for that trip?",["500 yuan"],True,"per-trip cap, 30-60 km band",["more than 30 km and up to 60 km: 500 yuan"],[],P),
("en","I'm on the resident scheme. If I have to take an ambulance, how much of the bill do I get back?",["70%"],True,"ratio, residents",["70% for residents"],[],P),
("en","Our county hospital couldn't treat my mum so they sent her by ambulance to a bigger hospital, but we had to pay the ambulance ourselves. How long do I have to claim it back?",["90 days"],True,"claim deadline when direct settlement failed",["may claim within 90 days of the trip"],[],P),
("en","I run a private ambulance company and want to get on the insurance list. How many ambulances do we need at minimum?",["6"],True,"minimum fleet of a designated operator (operator's question)",["run at least 6 ambulances"],[],P),
# Brackenholt, answerable, zh
("zh","我已经退休了，一年里叫了好几次救护车，医保一年最多能给报多少钱的车费？",["3,000 yuan"],True,"annual cap, employees incl. retirees",["3,000 yuan per person for employees, both in-work and retired"],[],P),
("zh","全州现在有几家救护车单位是医保定点的？",["9"],True,"number of designated ambulance operators in the first batch",["The first batch comprises 9 ambulance operators"],[],P),
("zh","住在城区，打了120，定点的救护车最晚多少分钟内得到？",["12 minutes"],True,"response time, urban districts",["reach the patient within 12 minutes of dispatch in urban districts"],[],P),
("zh","救护车的报销材料我都交齐了，多长时间能把钱打给我？",["15 working days"],True,"payment deadline for a complete claim",["pays within 15 working days"],[],P),
# near misses, Zhibei
("zh","我在单位上班，交的是职工医保，也有高血压，在社区医院开降压药能报几成？",[],False,"employee-scheme members follow existing employee rules, no figure; tempting 60% which is the residents' primary-level ratio",[],[],Q),
("zh","我妈在村卫生室拿降压药，听说政策有期限，到2028年的时候还能报多少？",[],False,"2028 and later ratios to be announced; tempting 60% (primary level, until end of 2027)",[],[],Q),
("zh","我爸糖尿病打胰岛素，医生建议他用胰岛素泵，这个泵医保一年最多能报多少？",[],False,"insulin pumps not covered / set separately, no figure; tempting 900元 which is the insulin-user drug cap",[],[],Q),
("en","My mum is diabetic and checks her sugar every day. How much a year can she get back for the blood glucose test strips?",[],False,"test strips not covered / set separately, no figure; tempting 600元 (diabetes drug cap) or 60%",[],[],Q),
("en","My uncle has no income and is on the government's destitute support list, and he has diabetes. How many extra percentage points does he get on top of the normal reimbursement for his medicine?",[],False,"extra help for 特困人员 set by the province, no figure; tempting 5个百分点 which is the procurement-drug uplift",[],[],Q),
# near misses, Brackenholt
("en","My grandfather lives on a mountain with no road and had to be flown out by helicopter. What's the most insurance counts for the helicopter trip?",[],False,"air ambulance caps set separately by the province; tempting 800 yuan (ground, over 60 km)",[],[],P),
("en","I'm still working. My wife needs to be transferred by ambulance to a specialist hospital in the next province. What percentage will insurance pay?",[],False,"cross-province transfers follow provincial rules; tempting 80% (in-work employees, local transport)",[],[],P),
("en","The ambulance waited outside the clinic for an hour while they stabilised my son, and they charged a waiting fee. How much of that fee is covered?",[],False,"waiting fees not paid, no figure; tempting 150 yuan (up to 10 km cap) or 70%/80%",[],[],P),
("zh","我爸出院回家，医院帮叫了辆救护车送回去，路程大概8公里，这种车费医保能报多少？",[],False,"non-emergency transport (home after discharge) not covered / set separately; tempting 150 yuan (up to 10 km cap)",[],[],P),
("zh","我妈转院的时候我坐火车跟过去陪护，我的车票和住宿费医保一年最多能报多少？",[],False,"escorts' travel costs not paid, no figure; tempting 3,000 yuan (employees' annual transport cap)",[],[],P),
# follow-ups
("zh","那要是他血糖也高，两样病都有呢？他不打胰岛素。",["800元"],True,"follow-up: combined annual cap for both diseases, without insulin",["年度最高支付限额为800元"],["我爸是居民医保，只有高血压，一年降压药医保最多能报多少钱？"],Q),
("en","And if she goes to the county's second-level hospital instead?",["50%"],True,"follow-up: ratio at second-level institutions",["在二级定点医疗机构发生的，支付比例为50%"],["My mum is on the resident scheme and gets her blood pressure pills at the township health centre. What share does insurance pay?"],Q),
("en","And for my dad, who's retired?",["85%"],True,"follow-up: ratio, retirees",["85% for retirees"],["I'm still working. If I need an ambulance, what percentage of the trip does insurance pay?"],P),
("zh","那要是拉了70公里呢？",["800 yuan"],True,"follow-up: per-trip cap, over 60 km",["more than 60 km: 800 yuan"],["救护车把我送到8公里外的医院，这一趟医保最多按多少钱算？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r21-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
