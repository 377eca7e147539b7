import json
Q="tangrui-daer-yiliao-buzhu.txt"; P="pellowick-home-oxygen-ventilation.txt"
rows=[
# Tangrui, answerable, zh
("zh","我在公司上班，听说明年开始单位和个人都要交一笔大额医疗的钱，我自己一年得出多少？",["72元"],True,"individual share of the yearly contribution, in-work employees",["个人每年缴纳72元"],[],Q),
("zh","我爸退休了，上个月在市里的三甲医院住院花了四十多万，超过基本医保那部分，大额补助能报百分之几？",["88%"],True,"large-amount ratio, retirees at a tier-3 (三甲 = 三级) hospital",["在三级定点医疗机构为88%"],[],Q),
("zh","我以前在单位交了三年医保，辞职以后断了半年没交，现在重新交上了，得等多久才能用大额补助报销？",["6个月"],True,"waiting period after a gap of more than 3 months (less than 10 years' continuous cover)",["自再次缴费之日起设置6个月等待期"],[],Q),
("zh","我老公住院那次医院没法直接结算，钱都是我们自己垫的，出院以后多长时间内得去医保局办报销？",["12个月"],True,"deadline to apply for manual reimbursement after discharge",["参保人员应在出院之日起12个月内"],[],Q),
# Tangrui, answerable, en
("en","I'm self-employed and pay into the employee health insurance on my own. How much a year do I pay for the big medical bills top-up?",["216元"],True,"yearly contribution, flexible workers",["灵活就业人员每人每年缴纳216元"],[],Q),
("en","My dad's cancer treatment is going to cost a fortune next year. What's the most the large medical expense supplement will pay out in a year from 2027?",["45万元"],True,"yearly cap of the supplement from 2027",["大额补助年度最高支付限额由40万元提高到45万元"],[],Q),
("en","I handed in my hospital receipts at the insurance office last week for the top-up. How long do they have to check them?",["20个工作日"],True,"review period for manual claims (extendable by 10 working days)",["医保经办机构应在受理之日起20个工作日内完成审核"],[],Q),
("en","I do the insurance billing at a hospital. By what day each month do we have to file last month's large-expense supplement settlements?",["每月10日"],True,"monthly filing deadline for designated hospitals (clerk question)",["定点医疗机构应在每月10日前申报上月大额补助结算费用"],[],Q),
# Pellowick, answerable, en
("en","My dad uses a breathing machine at night for his sleep apnoea, and we rent it from the supplier. What monthly rent does the insurance work from?",["260 yuan"],True,"standard monthly rental amount, CPAP",["rental at 260 yuan per month"],[],P),
("en","My father has COPD and they did a blood gas test on him at rest. How low does his oxygen number (PaO2) have to be to get home oxygen covered?",["55 mmHg"],True,"PaO2 threshold for home oxygen",["(PaO2) of 55 mmHg or below"],[],P),
("en","I work at one of the approved oxygen companies. After we send in last month's bill, how long until the bureau pays us?",["25 working days"],True,"payment period for supplier claims (clerk question)",["The Bureau pays within 25 working days of receiving a complete claim"],[],P),
("en","My mum retired from the factory and is on the employee scheme. She rents an oxygen machine at home. What percentage does insurance cover?",["80%"],True,"reimbursement share, employee-scheme retirees",["80% for retirees under the employee scheme"],[],P),
# Pellowick, answerable, zh
("zh","我爸晚上打呼噜老是憋气，医院给做了整夜睡眠监测，那个呼吸暂停指数要到多少才能报家用呼吸机？",["30 events per hour"],True,"AHI threshold for CPAP (alternatively 15 events per hour with an Epworth score above 10)",["(AHI) of at least 30 events per hour"],[],P),
("zh","我们家交的是城乡居民医保，不是低保户，我妈在家租制氧机吸氧，医保能报百分之多少？",["55%"],True,"reimbursement share, resident scheme (not subsistence-allowance recipients)",["55% for persons under the resident scheme"],[],P),
("zh","我爸那台睡觉用的呼吸机(CPAP)是医保给报销买的，用了好几年了，隔多少年才能再报一台新的？",["5 years"],True,"replacement interval for a covered CPAP purchase",["A new CPAP purchase can be covered once every 5 years"],[],P),
("zh","我妈上个月走了，家里租的那台制氧机要在多少天之内还给供应商？",["15 days"],True,"deadline to return rental equipment after the patient dies",["within 15 days after the prescription ends or the patient dies"],[],P),
# near misses, Tangrui
("zh","我现在失业了，正在领失业金，这段时间大额补助一年要交多少钱？",[],False,"persons receiving unemployment benefit follow existing rules, no figure; tempting 216元 (flexible workers) or 72元 (in-work individual share)",[],[],Q),
("zh","我爸退休了，住在一家新开的民营医院，医院还没评上级别，住院超过8万那部分大额补助能报百分之几？",[],False,"ratio for hospitals not yet graded is set separately; tempting 95% / 93% / 88% (retirees at graded hospitals)",[],[],Q),
("zh","我爷爷是离休干部，这次住院花了三十多万，超过8万的部分大额补助给报多少？",[],False,"离休人员 follow existing rules and the notice does not apply; tempting 95% / 93% / 88% (retirees)",[],[],Q),
("en","My wife is diabetic and has outpatient treatment all year round. Once the basic scheme's outpatient limit is used up, what share does the large-expense supplement pay?",[],False,"other chronic outpatient diseases such as diabetes are set separately; tempting 80% which is for cancer chemo/radiotherapy, dialysis and anti-rejection treatment",[],[],Q),
("en","I was on a trip to another city, hadn't registered there, and ended up in A&E. How many points lower is the supplement share for emergency care like that?",[],False,"emergency care while temporarily away follows existing rules; tempting 20个百分点 (unregistered care elsewhere) or 5个百分点 (referral)",[],[],Q),
# near misses, Pellowick
("en","My 9-year-old son stops breathing in his sleep and the sleep study showed an AHI of 12. What AHI does a child need to get a CPAP covered?",[],False,"criteria for children under 14 set separately; tempting 30 events per hour or 15 events per hour (adults)",[],[],P),
("en","My mum wants a portable oxygen concentrator she can take out shopping. What's the monthly rental amount insurance allows for one of those?",[],False,"portable concentrators set separately; tempting 300 yuan (5-litre) or 420 yuan (10-litre)",[],[],P),
("en","The supplier says my CPAP needs a heated humidifier. How much a year will insurance allow for that?",[],False,"heated humidifiers announced separately; tempting 300 yuan which is the yearly amount for masks, tubing and consumables",[],[],P),
("zh","我爸用的是液氧，供应商定期送上门，医保按多少钱一次给算？",[],False,"liquid oxygen paid under existing rules, no figure; tempting 40 yuan per 10-litre cylinder (cylinder oxygen)",[],[],P),
("zh","我妈用的是双水平呼吸机(BiPAP)，每天晚上至少得用够几个小时，医保才接着报？",[],False,"BiPAP usage requirement determined by the prescribing physician; tempting 4 hours a night / 70% of nights (CPAP)",[],[],P),
# follow-ups
("zh","那我爸退休的呢？",["93%"],True,"follow-up: large-amount ratio, retirees at a tier-2 hospital",["在二级定点医疗机构为93%"],["我还在上班，在市里二级医院住院花了十几万，超过基本医保那8万的部分，大额补助能报多少？"],Q),
("en","And if I'd just gone there myself without registering?",["20个百分点"],True,"follow-up: ratio reduction for unregistered care outside the city",["支付比例在本市同级别基础上降低20个百分点"],["I'm still working and a top hospital here referred me to a hospital in another city. How much lower is my large-expense supplement share there?"],Q),
("en","And for the BiPAP?",["12,000 yuan"],True,"follow-up: standard purchase amount, BiPAP",["purchase at a standard amount of 12,000 yuan"],["My dad's finishing the trial rental of his CPAP and wants to buy it. What purchase amount does insurance go by?"],P),
("zh","那居民医保的呢？",["220 yuan"],True,"follow-up: monthly cap for home oxygen, resident scheme",["220 yuan per month under the resident scheme"],["我妈在职工医保，还在上班，家里用制氧机吸氧，医保每个月最多能给报多少钱？"],P),
]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,(lang,q,a,ok,note,ev,hist,doc) in enumerate(rows,1):
        f.write(json.dumps(dict(id=f"r27-{i:02d}",lang=lang,question=q,answers=a,answerable=ok,note=note,evidence=ev,history=hist,doc=doc),ensure_ascii=False)+"\n")
print(len(rows))
